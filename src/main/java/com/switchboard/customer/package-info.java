/**
 * Customers: the hierarchy, tags, custom data, integration data, inherited billing and app
 * settings, the staging switch, the change history, and the access policy that guards them.
 */
package com.switchboard.customer;
