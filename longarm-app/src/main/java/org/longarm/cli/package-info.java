/** The {@code ./longarm} command line: one picocli command class per subcommand, calling the modules' front doors. */
package org.longarm.cli;
