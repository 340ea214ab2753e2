/** The portal's Accounts view and an account's page. */
package com.switchboard.account.ui;
