package com.switchboard.api.dto;

public enum SimpleSchedulingRuleTypes { Always, CustomerState, Time }
