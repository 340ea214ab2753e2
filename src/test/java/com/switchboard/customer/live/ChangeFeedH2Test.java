package com.switchboard.customer.live;

import com.switchboard.IntegrationTest;

/** The change feed on H2: in-process, after the commit. */
@IntegrationTest
class ChangeFeedH2Test extends ChangeFeedContract {}
