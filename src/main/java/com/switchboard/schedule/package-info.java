/**
 * Schedules: the model stored with each customer. Evaluation is added by the schedules feature.
 */
package com.switchboard.schedule;
