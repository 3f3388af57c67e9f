/**
 * The bundled fonts: which characters each prints, the fallback font, and what no font has.
 */
package jp.planreport.fonts;
