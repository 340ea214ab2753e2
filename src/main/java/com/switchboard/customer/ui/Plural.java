package com.switchboard.customer.ui;

import java.util.Locale;

/** A count with its noun in the right number: "1 customer", "2 customers", "1,000 customers". */
final class Plural {

    private Plural() {}

    static String of(long n, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? noun : noun + "s");
    }
}
