package org.taiwa.discussion;

/** A meeting record is never deleted: a cancelled meeting stays, marked as such. */
public enum MeetingStatus { SCHEDULED, CANCELLED }
