package com.switchboard.bench.blank;

import com.vaadin.flow.component.html.Div;

/**
 * The blank application's one view. Registered by {@link BlankApplication} alone: without a
 * {@code @Route} annotation, no route scan (Vaadin's or a test's) ever finds it.
 */
public class BlankView extends Div {

    public BlankView() {
        setText("Hello");
    }
}
