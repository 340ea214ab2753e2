package com.switchboard.customer.ui;

import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
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
     * Each tag travels as a record ({@link CustomerRow.TagBadge}), which Vaadin serialises by its
     * components; a {@code Map} has no bean properties and arrived as an empty object.
     */
    static LitRenderer<CustomerRow> tagsRenderer() {
        return LitRenderer.<CustomerRow>of("${item.tags.map(t => html`<span theme=\"badge pill small\" "
                + "class=\"tag ${t.colorClass}\">${t.name}</span>`)}")
                .withProperty("tags", CustomerRow::tags);
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
