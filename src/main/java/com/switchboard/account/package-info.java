/** Accounts: the tenants customers belong to, and their default billing settings. */
package com.switchboard.account;
