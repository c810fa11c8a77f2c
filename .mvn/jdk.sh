# Sourced by ./mvnw and ./switchboard: build and run with a JDK >= 21 even where the default java is older.
# Looks, in this order, at JAVA_HOME, the java on the PATH, macOS's java_home, Linux packages (/usr/lib/jvm),
# SDKMAN, macOS installs and IntelliJ's downloads. POSIX sh, since ./mvnw is one; safe under set -eu.
switchboard_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}
switchboard_current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
switchboard_current_java="${switchboard_current_java:-$(command -v java || true)}"
switchboard_major=0
[ -n "$switchboard_current_java" ] && [ -x "$switchboard_current_java" ] \
  && switchboard_major=$(switchboard_java_major "$switchboard_current_java")
if [ "${switchboard_major:-0}" -lt 21 ]; then
  switchboard_mac_home=""
  if [ -x /usr/libexec/java_home ]; then
    switchboard_mac_home=$(/usr/libexec/java_home -v 21+ 2>/dev/null || true)
  fi
  for switchboard_candidate in $switchboard_mac_home /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/* \
      "${SDKMAN_CANDIDATES_DIR:-${HOME:-}/.sdkman/candidates}"/java/current \
      "${SDKMAN_CANDIDATES_DIR:-${HOME:-}/.sdkman/candidates}"/java/* \
      /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME:-}"/Library/Java/JavaVirtualMachines/*/Contents/Home \
      /opt/homebrew/opt/openjdk*/libexec/openjdk.jdk/Contents/Home /usr/local/opt/openjdk*/libexec/openjdk.jdk/Contents/Home \
      "${HOME:-}"/.jdks/*; do
    if [ -x "$switchboard_candidate/bin/javac" ]; then
      switchboard_major=$(switchboard_java_major "$switchboard_candidate/bin/java")
      if [ "${switchboard_major:-0}" -ge 21 ]; then
        JAVA_HOME="$switchboard_candidate"
        export JAVA_HOME
        break
      fi
    fi
  done
  [ "${switchboard_major:-0}" -ge 21 ] \
    || echo "No JDK 21 or newer found: install one, or point JAVA_HOME at it (see README, 'Before you start')." >&2
fi
unset switchboard_current_java switchboard_major switchboard_candidate switchboard_mac_home
