/** Text safety shared by every writer: neutralising terminal and bidirectional control characters. */
package io.github.thidua.core.text;
