/** Users, roles, sign-in and the portal's security; the API has its own chain in {@code api}. */
package com.switchboard.security;
