package com.switchboard.customer;

/** The colours a tag can have, as the API names them. */
public enum TagColor {
    Magenta, Red, Volcano, Orange, Gold, Lime, Green, Cyan, Blue, GeekBlue, Purple
}
