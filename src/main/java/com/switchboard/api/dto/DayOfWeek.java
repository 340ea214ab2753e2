package com.switchboard.api.dto;

/** .NET's System.DayOfWeek names. */
public enum DayOfWeek { Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday }
