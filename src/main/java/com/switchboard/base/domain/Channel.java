package com.switchboard.base.domain;

/** How a change came in: through the API, the portal, or the system itself (plans, migrations). */
public enum Channel { API, UI, SYSTEM }
