# Sourced by ./mvnw and ./switchboard: build and run with a JDK >= 21 even where the default java is older.
switchboard_java_major() {
  "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}
switchboard_current_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
switchboard_current_java="${switchboard_current_java:-$(command -v java || true)}"
switchboard_major=0
[ -n "$switchboard_current_java" ] && switchboard_major=$(switchboard_java_major "$switchboard_current_java")
if [ "${switchboard_major:-0}" -lt 21 ]; then
  for switchboard_candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$switchboard_candidate/bin/javac" ]; then
      switchboard_major=$(switchboard_java_major "$switchboard_candidate/bin/java")
      if [ "${switchboard_major:-0}" -ge 21 ]; then
        JAVA_HOME="$switchboard_candidate"
        export JAVA_HOME
        break
      fi
    fi
  done
fi
unset switchboard_current_java switchboard_major switchboard_candidate
