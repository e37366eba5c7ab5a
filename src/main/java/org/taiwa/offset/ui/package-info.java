/**
 * The calculator's views. {@link org.taiwa.offset.ui.CalculatorForm} and {@link org.taiwa.offset.ui.EstimatePanel}
 * are the reusable component other modules may place in their pages (the joint-purchase sign-up does).
 */
@org.springframework.modulith.NamedInterface("ui")
package org.taiwa.offset.ui;
