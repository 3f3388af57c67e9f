package jp.planreport.model;

/** A footnote of a plan sheet: marker ※1 (or a bare ※) and its explanation. */
public record Note(String marker, String text) {
}
