/**
 * People who sign in, as administrators and managers manage them (the Users view), as each person
 * manages themselves (My account), and the audit of authentication as they read it (Audit log).
 */
package com.switchboard.user;
