/**
 * Live updates: committed customer changes delivered to the subscribers of every instance. On H2
 * they travel in-process after the commit; on PostgreSQL through {@code LISTEN/NOTIFY}, the
 * notification written in the transaction of the change and delivered by the database on commit.
 */
package com.switchboard.customer.live;
