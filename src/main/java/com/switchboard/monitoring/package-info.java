/**
 * Operating the service: the actuator's security, readiness, request ids in the logs, and the
 * metrics of sign-ins and the portal.
 */
package com.switchboard.monitoring;
