/**
 * The home page: the four knowledge bases and the course catalogue, readable without JavaScript.
 */
package vn.trithuc.knowledge.home;
