/**
 * Blocking users (editors, administrators): a blocked person cannot save articles, post in
 * discussions or upload files until the block expires or is lifted; reading stays open.
 */
package vn.trithuc.knowledge.block;
