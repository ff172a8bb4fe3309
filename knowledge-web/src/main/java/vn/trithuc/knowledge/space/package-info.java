/**
 * Spaces: the four knowledge bases (general, agriculture, medical, tourism), each with the
 * editing policy that decides when a contributor's edit becomes visible.
 */
package vn.trithuc.knowledge.space;
