package com.switchboard.bench.blank;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;

/** The blank application's one view; registered by {@link BlankApplication}, not by scanning. */
@Route(value = "", registerAtStartup = false)
public class BlankView extends Div {

    public BlankView() {
        setText("Hello");
    }
}
