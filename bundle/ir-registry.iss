; Inno Setup 6 script: the Windows installer of the one-folder bundle.
; Build the bundle first (README, "Installing" → Windows), then:
;   iscc /DVersion=0.1.0 bundle\ir-registry.iss
; It is not built or tested by CI (there is no Windows there): try it on a Windows machine
; before handing it to an office.
#ifndef Version
  #define Version "0.1.0"
#endif
#define Bundle "..\dist\ir-registry"

[Setup]
AppId={{6F0D5C1E-7B7A-4C43-9E57-2E1C6B1F4A21}
AppName=International relations registry
AppVersion={#Version}
AppPublisher=International relations department
DefaultDirName={autopf}\ir-registry
DefaultGroupName=International relations registry
; Per-machine install by IT; users keep their data in %APPDATA%\ir-registry.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=ir-registry-{#Version}-setup
Compression=lzma2/fast
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\ir-registry.exe

[Languages]
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Реестр международных связей"; Filename: "{app}\ir-registry.exe"
Name: "{autodesktop}\Реестр международных связей"; Filename: "{app}\ir-registry.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\ir-registry.exe"; Description: "{cm:LaunchProgram,Реестр международных связей}"; Flags: nowait postinstall skipifsilent
