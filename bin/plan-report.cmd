@echo off
rem plan-report launcher for Windows: runs target\plan-report.jar (with its lib\ beside it) in one
rem JVM with the options the project chooses for a run of seconds to minutes.
rem   bin\plan-report.cmd <command> [options]     e.g. bin\plan-report.cmd compile --fiscal-year=2022
rem Environment: PLAN_REPORT_JAR (default target\plan-report.jar), JAVA_HOME, JAVA_OPTS.
setlocal
set "HERE=%~dp0"
if "%PLAN_REPORT_JAR%"=="" set "PLAN_REPORT_JAR=%HERE%..\target\plan-report.jar"
if not exist "%PLAN_REPORT_JAR%" (
    echo plan-report: %PLAN_REPORT_JAR% がありません。先に mvnw.cmd package を実行してください。 1>&2
    exit /b 2
)
set "JAVA=java"
if not "%JAVA_HOME%"=="" set "JAVA=%JAVA_HOME%\bin\java"
rem the console speaks UTF-8, as the program's messages do
chcp 65001 >nul
rem every command but serve starts from the context the build worked out ahead of time (Spring AOT)
set "RUN_OPTS=-XX:TieredStopAtLevel=1 -Dspring.aot.enabled=true"
if /i "%~1"=="schedule" set "RUN_OPTS=-Dspring.aot.enabled=true"
if /i "%~1"=="serve" set "RUN_OPTS=-XX:TieredStopAtLevel=1"
rem the class-data archive the build makes beside the jar (a JVM it does not fit ignores it)
set "ARCHIVE=%PLAN_REPORT_JAR:~0,-4%.jsa"
if exist "%ARCHIVE%" set "RUN_OPTS=%RUN_OPTS% -XX:SharedArchiveFile=%ARCHIVE% -Xlog:cds=off -Xlog:cds+dynamic=off"
"%JAVA%" %RUN_OPTS% %JAVA_OPTS% -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%PLAN_REPORT_JAR%" %*
exit /b %ERRORLEVEL%
