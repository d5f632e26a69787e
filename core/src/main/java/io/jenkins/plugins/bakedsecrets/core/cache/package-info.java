/**
 * The layer cache: results of scanning a layer, stored on disk under a name derived from everything that decides
 * them, so that a rescan of a rebuilt image reads only the layers that changed. Entries are sealed (encrypted and
 * authenticated) under a key kept beside them with owner-only permissions, written atomically, checked when read,
 * and evicted least recently used first once the cache outgrows its size. What an entry holds is the scan package's
 * business; this package only stores bytes. Nothing here is null.
 */
package io.jenkins.plugins.bakedsecrets.core.cache;
