@echo off
rem Runs ctg from its distribution on Windows: the java of JAVA_HOME, else the one on PATH, which must be
rem Java 17 or later. The console is switched to UTF-8 for the French messages, then put back.
setlocal
for /f "tokens=2 delims=:." %%p in ('chcp') do set "ctg_page=%%p"
chcp 65001 >nul
set "ctg_racine=%~dp0.."
set "ctg_installer=installez Java 17 ou plus récent (par exemple Eclipse Temurin, https://adoptium.net/fr/)"
set "ctg_java="

if exist "%ctg_racine%\runtime\bin\java.exe" goto runtime
if defined JAVA_HOME goto java_home
for %%j in (java.exe) do set "ctg_java=%%~$PATH:j"
if not defined ctg_java goto sans_java
goto version

:runtime
set "ctg_java=%ctg_racine%\runtime\bin\java.exe"
goto lancer

:java_home
set "ctg_java=%JAVA_HOME%\bin\java.exe"
if exist "%ctg_java%" goto version
echo ctg : JAVA_HOME vaut « %JAVA_HOME% », où il n’y a pas de bin\java.exe : corrigez JAVA_HOME ou %ctg_installer% 1>&2
goto echec

:sans_java
echo ctg : Java est introuvable (ni JAVA_HOME ni java dans le PATH) : %ctg_installer% 1>&2
goto echec

:version
set "ctg_version="
for /f "tokens=3" %%v in ('call "%ctg_java%" -version 2^>^&1 ^| findstr /i /c:" version "') do if not defined ctg_version set "ctg_version=%%~v"
if not defined ctg_version goto illisible
for /f "tokens=1,2 delims=.-" %%a in ("%ctg_version%") do (
  set "ctg_majeure=%%a"
  set "ctg_mineure=%%b"
)
if "%ctg_majeure%"=="1" set "ctg_majeure=%ctg_mineure%"
set /a "ctg_nombre=ctg_majeure" 2>nul
if not "%ctg_nombre%"=="%ctg_majeure%" goto illisible
if %ctg_nombre% GEQ 17 goto lancer
echo ctg : %ctg_java% est un Java %ctg_version% ; ctg demande Java 17 ou plus récent : %ctg_installer% 1>&2
goto echec

:illisible
echo ctg : version de Java illisible (%ctg_java%) : %ctg_installer% 1>&2
goto echec

:lancer
rem The C1 compiler only and the serial collector, as ./ctg in the engine's repository: runs last seconds.
"%ctg_java%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC %CTG_JAVA_OPTIONS% -jar "%ctg_racine%\lib\ctg.jar" %*
set "ctg_code=%errorlevel%"
chcp %ctg_page% >nul
endlocal & exit /b %ctg_code%

:echec
chcp %ctg_page% >nul
endlocal & exit /b 2
