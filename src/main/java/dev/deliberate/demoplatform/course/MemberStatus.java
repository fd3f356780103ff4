package dev.deliberate.demoplatform.course;

/** A course membership's status as NRPS 2.0 reports it (Active, Inactive, Deleted). */
public enum MemberStatus {
    Active, Inactive
}
