package org.toolflow.change;

/** A change a tool's team has proceduralised: recurrent, low-risk, approved in advance. */
public record StandardChange(String code, String title, String description) {
}
