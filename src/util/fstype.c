/*
 * fstype.c - telling network and FUSE file systems from local ones by the
 * magic number statfs(2) reports (linux/magic.h, and the file systems'
 * own sources for those it lacks).
 */
#include <stddef.h>
#include <sys/vfs.h>

#include "isms/util/fstype.h"

static const struct {
	unsigned long magic;
	const char *name;
} fs_network[] = {
	{ 0x6969, "NFS" },
	{ 0x517b, "SMB" },
	{ 0xff534d42, "CIFS/SMB" },
	{ 0xfe534d42, "SMB2/SMB3" },
	{ 0x65735546, "FUSE" },           /* sshfs, GlusterFS, virtiofs, ... */
	{ 0x01021997, "9p" },             /* also WSL2's Windows drives */
	{ 0x5346414f, "AFS" },
	{ 0x6b414653, "AFS" },            /* the kernel's kAFS */
	{ 0x00c36400, "Ceph" },
	{ 0x0bd00bd0, "Lustre" },
	{ 0x564c, "NCP (NetWare)" },
	{ 0x73757245, "Coda" },
	{ 0x47504653, "GPFS" },
	{ 0x19830326, "BeeGFS" },
	{ 0x20030528, "OrangeFS" },
	{ 0x01161970, "GFS2" },
	{ 0x7461636f, "OCFS2" },
	{ 0x786f4256, "VirtualBox shared folder" },
	{ 0x013111a8, "IBRIX" },
	{ 0xaad7aaea, "PanFS" },
};

const char *
fs_network_kind(unsigned long type)
{
	for (size_t i = 0; i < sizeof fs_network / sizeof *fs_network; i++)
		if (fs_network[i].magic == (type & 0xffffffffUL))
			return fs_network[i].name;
	return NULL;
}

const char *
fs_network_kind_of(const char *path)
{
	struct statfs st;

	if (statfs(path, &st) != 0)
		return NULL;
	return fs_network_kind((unsigned long)st.f_type);
}
