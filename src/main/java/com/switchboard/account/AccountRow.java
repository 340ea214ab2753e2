package com.switchboard.account;

/**
 * An account with what it holds: its customers, and its users (the managers of the account and the
 * customer users of its customers). An account holding neither may be deleted.
 */
public record AccountRow(Account account, long customers, long users) {

    public boolean isEmpty() {
        return customers == 0 && users == 0;
    }

    /** What is left in the way of a delete, as a person reads it; null when nothing is. */
    public String whatIsLeft() {
        if (isEmpty()) {
            return null;
        }
        return "Account '" + account.name() + "' still holds " + customers + (customers == 1 ? " customer" : " customers")
                + " and " + users + (users == 1 ? " user" : " users") + "; move or delete them first";
    }
}
