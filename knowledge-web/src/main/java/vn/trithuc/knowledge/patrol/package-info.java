/**
 * Patrolling by editors: marking published edits as checked, and rolling back all recent edits
 * of one user in a single action.
 */
package vn.trithuc.knowledge.patrol;
