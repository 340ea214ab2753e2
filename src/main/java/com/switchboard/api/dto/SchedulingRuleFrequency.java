package com.switchboard.api.dto;

public enum SchedulingRuleFrequency { None, Secondly, Minutely, Hourly, Daily, Weekly, Monthly, Yearly }
