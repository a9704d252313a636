# A first start creates the default database, also when $HOME is reached
# through a symbolic link (see tests/ui/run.sh).
$ mkdir -p real/home && ln -s real link && env -u ISMS_DB HOME=$PWD/link/home isms --script $ISMS_SRCDIR/tests/ui/keys/open.keys | sed -n 23,25p
|created a new ISMS in
|<tmp>/link/home/.local/share/isms/isms.db
|isms.db | <user> | rows 41/41
$ ls real/home/.local/share/isms; stat -c %a real/home/.local/share/isms real/home/.local/share/isms/isms.db
isms.db
700
600
