package com.switchboard.customer.ui;

import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import elemental.json.Json;
import elemental.json.JsonArray;
import elemental.json.JsonObject;
import java.util.Locale;

/**
 * Coloured tag chips and the routing badge, styled by the theme ({@code tag-<colour>},
 * {@code badge-staging} in a warning colour, {@code badge-production}).
 */
final class Badges {

    static final String STAGING_CLASS = "badge-staging";
    static final String PRODUCTION_CLASS = "badge-production";

    private Badges() {}

    static Span tag(Tag tag) {
        return tag(tag.name(), tag.color());
    }

    static Span tag(String name, TagColor color) {
        Span badge = new Span(name);
        badge.getElement().getThemeList().add("badge pill small");
        badge.addClassNames("tag", colorClass(color.name()));
        return badge;
    }

    /** The theme class of a tag colour. */
    static String colorClass(String color) {
        return "tag-" + color.toLowerCase(Locale.ROOT);
    }

    /**
     * The tags of a grid row as named, coloured chips, rendered in the browser (no server components).
     * The tags travel as JSON objects built here: Vaadin serialises any other value as a bean, and a
     * {@code Map} (or a package-private record) has no bean properties it can read, so the name and
     * colour never arrived.
     */
    static LitRenderer<CustomerRow> tagsRenderer() {
        return LitRenderer.<CustomerRow>of("${item.tags.map(t => html`<span theme=\"badge pill small\" "
                + "class=\"tag ${t.colorClass}\">${t.name}</span>`)}")
                .withProperty("tags", Badges::tagsJson);
    }

    private static JsonArray tagsJson(CustomerRow row) {
        JsonArray array = Json.createArray();
        for (CustomerRow.TagBadge tag : row.tags()) {
            JsonObject object = Json.createObject();
            object.put("name", tag.name());
            object.put("colorClass", tag.colorClass());
            array.set(array.length(), object);
        }
        return array;
    }

    /** The routing badge of a grid row, rendered in the browser. */
    static LitRenderer<CustomerRow> stagingRenderer() {
        return LitRenderer.<CustomerRow>of("<span theme=\"badge small\" "
                + "class=\"${item.staging ? '" + STAGING_CLASS + "' : '" + PRODUCTION_CLASS + "'}\">"
                + "${item.staging ? 'Staging' : 'Production'}</span>")
                .withProperty("staging", CustomerRow::staging);
    }

    static Span staging(boolean staging) {
        Span badge = new Span(staging ? "Staging" : "Production");
        badge.getElement().getThemeList().add("badge small");
        badge.addClassName(staging ? STAGING_CLASS : PRODUCTION_CLASS);
        return badge;
    }
}
