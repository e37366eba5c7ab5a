package org.taiwa.accessibility;

import java.util.ArrayList;
import java.util.List;

import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A person with a keyboard only: keys go to whatever has focus, and the way to a control is TAB, Shift+TAB and the
 * arrow keys. Focus is read through shadow roots (Vaadin's components keep their inputs there).
 */
final class Keyboard {

    /** The focused elements from the document down through shadow roots, outermost first; a grid cell's content last. */
    private static final String FOCUS_PATH = """
            const path = [];
            let a = document.activeElement;
            while (a) {
              path.push(a);
              if (a.localName === 'td' || a.localName === 'th') {
                const slot = a.querySelector('slot');
                const content = slot && slot.assignedElements()[0];
                if (content) path.push(content);
                break;
              }
              a = a.shadowRoot ? a.shadowRoot.activeElement : null;
            }
            return path;
            """;

    private static final int MOST_KEYS = 120;

    private final ChromeDriver driver;

    Keyboard(ChromeDriver driver) {
        this.driver = driver;
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Types into whatever has focus. */
    void type(String text) {
        press(text);
    }

    /** Whether {@code test} (a script expression over {@code path}, the focus path) holds now. */
    boolean focused(String test) {
        return Boolean.TRUE.equals(driver.executeScript(
                "const path = (() => {" + FOCUS_PATH + "})(); return !!(" + test + ");"));
    }

    String describeFocus() {
        return String.valueOf(driver.executeScript("const path = (() => {" + FOCUS_PATH + "})();"
                + " return path.map(e => e.localName + (e.id ? '#' + e.id : '')"
                + " + (e.getAttribute('href') ? '[' + e.getAttribute('href') + ']' : '')"
                + " + (e.localName === 'td' || e.localName === 'th' ? '(' + e.parentElement.rowIndex + ','"
                + " + e.cellIndex + ')' : '')).join(' > ');"));
    }

    /** Presses {@code key} (TAB, Shift+TAB, an arrow) until {@code test} holds, or fails saying where focus went. */
    void moveUntil(String test, CharSequence... key) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < MOST_KEYS; i++) {
            if (focused(test)) {
                return;
            }
            seen.add(describeFocus());
            press(key);
        }
        throw new AssertionError("no focus on " + test + " after " + MOST_KEYS + " keys; focus went to:\n  "
                + String.join("\n  ", seen.subList(Math.max(0, seen.size() - 40), seen.size())));
    }

    void tabTo(String test) {
        moveUntil(test, Keys.TAB);
    }

    void shiftTabTo(String test) {
        moveUntil(test, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    /** Focus is on the element with this id or inside it (a Vaadin field's input sits in the field's light DOM). */
    static String id(String id) {
        return "path.some(e => e.closest && e.closest('#" + id + "'))";
    }

    /** Focus is on a cell of a grid's body (not its header). */
    static final String IN_GRID_BODY = "path.some(e => e.localName === 'td' && e.closest('tbody'))";

    /** The focus path holds a link to this route (relative, as Vaadin writes router links), maybe in a grid cell. */
    static String link(String route) {
        String matches = "(e => e.localName === 'a' && " + route(route) + ")";
        return "path.some(c => " + matches + "(c) || c.localName === 'vaadin-grid-cell-content'"
                + " && [...c.querySelectorAll('a[href]')].some(" + matches + "))";
    }

    /** Focus is on a link to this route itself, not on the grid cell around it. */
    static String onLink(String route) {
        return "(e => e.localName === 'a' && " + route(route) + ")(path[path.length - 1])";
    }

    /** Focus is on the navigation drawer's item for this route. */
    static String navigationItem(String route) {
        return "path.some(e => e.localName === 'vaadin-side-nav-item' && (e.getAttribute('path') || '')"
                + ".replace(/^\\//, '') === '" + route + "')";
    }

    private static String route(String route) {
        return "(e.getAttribute('href') || '').replace(/^\\//, '') === '" + route + "'";
    }
}
