package com.switchboard.customer.ui;

import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.Locale;
import java.util.Map;

/** Coloured tag badges and the staging badge, styled by the theme. */
final class Badges {

    private Badges() {}

    static Span tag(Tag tag) {
        return tag(tag.name(), tag.color());
    }

    static Span tag(String name, TagColor color) {
        Span badge = new Span(name);
        badge.getElement().getThemeList().add("badge pill small");
        badge.addClassNames("tag", "tag-" + color.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    /** The tags of a grid row as coloured badges, rendered in the browser (no server components). */
    static LitRenderer<CustomerRow> tagsRenderer() {
        return LitRenderer.<CustomerRow>of("${item.tags.map(t => html`<span theme=\"badge pill small\" "
                + "class=\"tag tag-${t.color}\">${t.name}</span>`)}")
                .withProperty("tags", row -> row.tags().stream()
                        .map(t -> Map.of("name", t.name(), "color", t.color())).toList());
    }

    /** The staging badge of a grid row, rendered in the browser. */
    static LitRenderer<CustomerRow> stagingRenderer() {
        return LitRenderer.<CustomerRow>of("<span theme=\"badge small ${item.staging ? 'contrast' : 'success'}\" "
                + "class=\"${item.staging ? 'staging-badge' : 'production-badge'}\">"
                + "${item.staging ? 'Staging' : 'Production'}</span>")
                .withProperty("staging", CustomerRow::staging);
    }

    static Span staging(boolean staging) {
        Span badge = new Span(staging ? "Staging" : "Production");
        badge.getElement().getThemeList().add(staging ? "badge contrast small" : "badge success small");
        badge.addClassName(staging ? "staging-badge" : "production-badge");
        return badge;
    }
}
