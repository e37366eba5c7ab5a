package org.taiwa.shell;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something a feature module shows in the header of every page, such as the notification bell.
 * Modules declare it as a Spring bean; the layout asks each one for a new component per page, so the
 * shell knows no module that contributes (and no module cycle arises). Ordered by {@code @Order}.
 */
public interface HeaderItem {

    /** A new component for one page's header, or empty to show nothing (e.g. to a visitor who is not signed in). */
    Optional<Component> create();
}
