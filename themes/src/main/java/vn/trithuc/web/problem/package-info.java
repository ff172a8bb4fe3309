/**
 * One way to fail: domain exceptions carry a stable RFC 9457 problem type, and one mapper turns
 * every failure into problem+json for API clients or a friendly page for browsers.
 */
package vn.trithuc.web.problem;
