/**
 * The HTTP connection itself: a request's headers and body must arrive within a total deadline,
 * and no worker thread waits while they trickle in, so that a slow client costs nothing but its
 * own connection.
 */
package com.switchboard.http;
