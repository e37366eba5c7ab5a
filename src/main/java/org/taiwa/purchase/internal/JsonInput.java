package org.taiwa.purchase.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.taiwa.purchase.InvalidPurchaseException;

import tools.jackson.databind.JsonNode;

/**
 * Reads the API's JSON bodies field by field, so that a missing or mistyped value is a 400 naming its field
 * (Jackson's own binding errors name none).
 */
final class JsonInput {

    private JsonInput() {
    }

    static JsonNode object(JsonNode node, String field) {
        if (node == null || !node.isObject()) {
            throw invalid(field, "required", "an object is required");
        }
        return node;
    }

    static long whole(JsonNode parent, String name, String field) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            throw invalid(field, "required", "required");
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(field, "whole-number", "a whole number is required");
        }
        return value.longValue();
    }

    /** Text, or null when absent. */
    static String text(JsonNode parent, String name, String field) {
        JsonNode value = parent.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw invalid(field, "text", "text is required");
        }
        return value.asString();
    }

    static String requiredText(JsonNode parent, String name, String field) {
        String text = text(parent, name, field);
        if (text == null || text.isBlank()) {
            throw invalid(field, "required", "required");
        }
        return text;
    }

    /** An instant: {@code 2026-06-01T00:00:00Z} or with an offset, {@code 2026-06-01T09:00+09:00}. */
    static Instant instant(JsonNode parent, String name, String field) {
        String text = requiredText(parent, name, field);
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw invalid(field, "date-time", "an ISO-8601 date and time with offset is required");
        }
    }

    static LocalDate date(JsonNode parent, String name, String field) {
        String text = requiredText(parent, name, field);
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw invalid(field, "date", "a date yyyy-mm-dd is required");
        }
    }

    static InvalidPurchaseException invalid(String field, String problem, String message) {
        return new InvalidPurchaseException(field, "purchase.invalid." + problem, message);
    }
}
