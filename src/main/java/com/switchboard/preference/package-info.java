/** Preferences: small named settings each signed-in user keeps between sessions. */
package com.switchboard.preference;
