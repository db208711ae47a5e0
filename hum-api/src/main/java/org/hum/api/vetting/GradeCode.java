package org.hum.api.vetting;

/** One code of a grading scale and what it means. */
public record GradeCode(String code, String meaning) {
}
