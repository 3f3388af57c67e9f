/**
 * The portal's door: pages (Thymeleaf), the JSON API and who may see what (Spring Security). Thin
 * controllers over the core's services; the department of every plan, version and template asked
 * for is checked against the signed-in person on each request.
 */
package jp.planreport.web;
