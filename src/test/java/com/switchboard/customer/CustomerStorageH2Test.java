package com.switchboard.customer;

import com.switchboard.IntegrationTest;

/** The storage contract on the embedded H2 database. */
@IntegrationTest
class CustomerStorageH2Test extends CustomerStorageContract {}
