package com.switchboard.customer.ui;

import com.switchboard.customer.Tag;
import com.switchboard.customer.TagColor;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;

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

    static Span staging(boolean staging) {
        Span badge = new Span(staging ? "Staging" : "Production");
        badge.getElement().getThemeList().add(staging ? "badge contrast small" : "badge success small");
        badge.addClassName(staging ? "staging-badge" : "production-badge");
        return badge;
    }
}
