/**
 * The optional embedded Artemis broker that lets workers on many machines share one work queue.
 */
@NullMarked
package io.github.narrator.broker;

import org.jspecify.annotations.NullMarked;
